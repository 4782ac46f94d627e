alter table "users" add column "role" varchar(255) default 'member';
