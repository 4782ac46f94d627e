-- disable_ddl_transaction!
CREATE UNIQUE INDEX CONCURRENTLY "index_accounts_on_name" ON "accounts" ("name");;
