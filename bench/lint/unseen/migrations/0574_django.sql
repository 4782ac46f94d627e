ALTER TABLE "posts" RENAME TO "blog_posts";
