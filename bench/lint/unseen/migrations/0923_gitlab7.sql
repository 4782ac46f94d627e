ALTER TABLE "posts" ADD CONSTRAINT "check_6c4f3a5d1e" CHECK ((char_length(title) <= 255)) NOT VALID;
ALTER TABLE "posts" VALIDATE CONSTRAINT "check_6c4f3a5d1e";
