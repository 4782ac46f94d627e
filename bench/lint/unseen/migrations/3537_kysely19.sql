create table "person" ("id" integer generated always as identity primary key, "first_name" varchar(255) not null, "created_at" timestamp default now() not null);
create index "person_first_name_index" on "person" ("first_name");
