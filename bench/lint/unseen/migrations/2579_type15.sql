ALTER TABLE "posts" ALTER COLUMN "views" TYPE bigint USING "views"::bigint;;
