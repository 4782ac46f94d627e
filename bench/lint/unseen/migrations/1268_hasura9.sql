alter table "public"."posts" rename column "views" to "view_count";;
