alter table "users" add column "votes" integer not null default '0';
