alter table "posts" add column "updated_at" timestamptz default now() not null;
