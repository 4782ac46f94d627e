create table "movies" ("id" serial primary key, "name" varchar(255), "user_id" bigint);
alter table "movies" add constraint "movies_user_id_foreign" foreign key ("user_id") references "users" ("id") on delete SET NULL;
