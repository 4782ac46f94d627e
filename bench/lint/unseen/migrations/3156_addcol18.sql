alter table "accounts" add column "archived_at" timestamptz null;
