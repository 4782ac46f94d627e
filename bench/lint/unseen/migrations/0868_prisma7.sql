-- DropTable
DROP TABLE "cache_entries";
