alter table "posts" alter column "title" type text using ("title"::text);;
