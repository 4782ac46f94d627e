ALTER TABLE "accounts" ADD COLUMN "is_active" boolean DEFAULT true NOT NULL;
ALTER TABLE "accounts" ALTER COLUMN "is_active" DROP DEFAULT;;
