alter table "users" add column "deleted_at" timestamp(0) without time zone null;
