alter table "public"."posts" add column "rating" integer
 null;;
