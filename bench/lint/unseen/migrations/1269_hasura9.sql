alter table "public"."users" drop column "prefs" cascade;;
