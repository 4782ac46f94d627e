-- Create index "post_user_id_created_at" to table: "posts"
CREATE INDEX "post_user_id_created_at" ON "posts" ("user_id", "created_at");;
