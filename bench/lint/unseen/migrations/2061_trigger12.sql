ALTER TABLE "posts" DISABLE TRIGGER "posts_touch";;
