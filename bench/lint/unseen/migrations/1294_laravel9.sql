alter table "posts" add constraint "posts_user_id_foreign" foreign key ("user_id") references "users" ("id") on delete cascade;
