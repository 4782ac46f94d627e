ALTER TABLE "posts" ADD COLUMN "published_on" TIMESTAMP NOT NULL DEFAULT current_timestamp;;
