ALTER TABLE "public"."posts" ADD CONSTRAINT "posts_title_length" CHECK (char_length("title") <= 300) NOT VALID;;
