create index "posts_user_id_published_index" on "posts" ("user_id", "published");
