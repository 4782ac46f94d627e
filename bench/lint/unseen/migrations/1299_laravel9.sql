alter table "posts" alter column "title" type varchar(255), alter column "title" set not null;
