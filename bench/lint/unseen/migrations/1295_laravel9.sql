create index "posts_published_views_index" on "posts" ("published", "views");
