create table if not exists "mikro_orm_migrations" ("id" serial primary key, "name" varchar(255), "executed_at" timestamptz default current_timestamp);
alter table "users" add column "last_seen_at" timestamptz null default null;

insert into "mikro_orm_migrations" ("name") values ('Migration20240601101010');;
