CREATE TYPE "Plan" AS ENUM ('FREE', 'TEAM', 'ENTERPRISE');
-- AlterTable
ALTER TABLE "accounts" ADD COLUMN     "tier" "Plan" NOT NULL DEFAULT 'FREE';
