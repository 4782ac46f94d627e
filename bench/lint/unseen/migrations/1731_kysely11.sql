alter table "users" add column "phone" varchar(32);
