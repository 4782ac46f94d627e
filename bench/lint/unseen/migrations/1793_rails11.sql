-- disable_ddl_transaction!
UPDATE "accounts" SET "plan" = 'free' WHERE "accounts"."id" >= 1 AND "accounts"."id" < 101 AND "accounts"."plan" IS NULL;;
