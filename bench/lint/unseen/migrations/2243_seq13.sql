ALTER SEQUENCE "public"."ledger_id_seq" CACHE 10;;
