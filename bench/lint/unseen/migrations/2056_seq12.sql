ALTER SEQUENCE "public"."users_id_seq" AS smallint;;
