CREATE INDEX "idx-posts-published" ON "posts" ("published");
