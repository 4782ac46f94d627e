create table "tag" ("id" serial primary key, "name" varchar(255) not null);
alter table "tag" add constraint "tag_name_unique" unique ("name");;
