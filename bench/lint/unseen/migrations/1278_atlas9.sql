-- atlas:txmode none

-- Create index "posts_title_idx" to table: "posts"
CREATE INDEX CONCURRENTLY "posts_title_idx" ON "posts" ("title");;
