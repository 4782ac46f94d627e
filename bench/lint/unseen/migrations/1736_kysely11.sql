create table "pet" ("id" serial primary key, "name" varchar(50) not null);
drop table "pet";
