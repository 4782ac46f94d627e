CREATE INDEX "idx_posts_publish_4c9e1a" ON "posts" ("published", "created_at");;
