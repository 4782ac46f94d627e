alter table "posts" add column "document_id" varchar(255);
update "posts" set "document_id" = substr(md5("id"::text), 1, 24) where "id" between 1 and 500;
