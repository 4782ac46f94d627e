VACUUM (ANALYZE) "public"."users";;
