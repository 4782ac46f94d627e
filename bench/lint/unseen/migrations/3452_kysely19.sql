create table "pet" ("id" serial primary key, "name" varchar(255) not null, "owner_id" bigint not null);
alter table "pet" add column "born_on" date;
create index "pet_born_on_index" on "pet" ("born_on");
