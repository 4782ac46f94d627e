ALTER INDEX "index_posts_on_user_id" RENAME TO "index_posts_on_author_id";
