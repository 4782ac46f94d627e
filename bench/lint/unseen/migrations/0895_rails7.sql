ALTER TABLE "posts" ADD "comments_count" integer DEFAULT 0 NOT NULL;
