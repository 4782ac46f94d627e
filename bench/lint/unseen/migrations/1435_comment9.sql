COMMENT ON TABLE "public"."accounts" IS E'billing accounts\none per customer';;
