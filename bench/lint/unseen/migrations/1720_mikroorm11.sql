alter table "users" add column "bio" text null, add column "website" varchar(255) null;;
