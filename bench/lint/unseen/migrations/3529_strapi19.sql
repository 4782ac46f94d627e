alter table "orders" add column "document_id" varchar(255);
update "orders" set "document_id" = md5(random()::text) where "document_id" is null;
