COMMENT ON TABLE "public"."ledger" IS 'append-only';;
