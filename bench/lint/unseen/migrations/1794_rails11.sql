-- disable_ddl_transaction!
CREATE INDEX "index_posts_on_title" ON "posts" ("title");;
