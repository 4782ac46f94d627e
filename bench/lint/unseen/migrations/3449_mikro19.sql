create table "tag" ("id" serial primary key, "name" varchar(255) not null);
alter table "tag" add column "slug" varchar(255) not null default '';
alter table "tag" alter column "slug" drop default;
create index "tag_slug_index" on "tag" ("slug");;
