-- UP
-- DropTable
DROP TABLE "cache_entries";
