alter table "accounts" alter column "name" set data type varchar(120);
