ALTER TABLE posts ADD CONSTRAINT posts_title_length CHECK (char_length(title) <= 300) NOT VALID;
SET statement_timeout = 0;
ALTER TABLE "public"."posts" VALIDATE CONSTRAINT "posts_title_length";;
