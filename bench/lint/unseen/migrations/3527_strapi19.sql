alter table "orders" add column "document_id" varchar(255), add column "locale" varchar(255), add column "published_at" timestamp(6);
