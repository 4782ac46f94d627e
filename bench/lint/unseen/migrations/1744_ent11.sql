-- atlas:txmode none

-- Create index "account_owner_id" to table: "accounts"
CREATE INDEX CONCURRENTLY "account_owner_id" ON "accounts" ("owner_id");;
