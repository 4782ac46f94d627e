create table "teams" ("id" serial primary key, "name" varchar(255) not null, "owner_id" bigint, "created_at" timestamptz not null default CURRENT_TIMESTAMP, "updated_at" timestamptz not null default CURRENT_TIMESTAMP);
alter table "teams" add constraint "teams_owner_id_foreign" foreign key ("owner_id") references "users" ("id") on delete set null;
