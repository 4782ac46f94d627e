create index "posts_title_index" on "posts" ("title");;
