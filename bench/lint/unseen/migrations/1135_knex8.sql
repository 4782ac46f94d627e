alter table "posts" alter column "title" drop default;
alter table "posts" alter column "title" drop not null;
alter table "posts" alter column "title" type varchar(100) using ("title"::varchar(100));
