alter table "accounts" add column "uuid" uuid not null default gen_random_uuid();
