CREATE INDEX "posts_title_like" ON "posts" ("title" varchar_pattern_ops);
