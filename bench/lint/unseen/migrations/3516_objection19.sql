create table "movies" ("id" serial primary key, "name" varchar(255), "user_id" bigint);
alter table "movies" add column "rating" real;
create index "movies_rating_index" on "movies" ("rating");
