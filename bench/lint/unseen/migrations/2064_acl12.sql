COMMENT ON COLUMN "public"."accounts"."plan" IS 'billing plan code';;
