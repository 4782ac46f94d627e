create index "posts_published_index" on "posts" ("published");;
