DROP INDEX IF EXISTS "idx-posts-published";
