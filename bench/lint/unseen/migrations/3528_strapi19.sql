alter table "orders" add column "document_id" varchar(255), add column "locale" varchar(255), add column "published_at" timestamp(6);
create index "orders_documents_idx" on "orders" ("document_id", "locale", "published_at");
