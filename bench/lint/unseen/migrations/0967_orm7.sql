alter table "accounts" add column "deleted_at" timestamptz;
create index "accounts_deleted_at_index" on "accounts" ("deleted_at");
