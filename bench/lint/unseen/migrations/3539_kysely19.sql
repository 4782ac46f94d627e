alter table "users" alter column "login_count" set default 0;
alter table "users" alter column "login_count" set not null;
