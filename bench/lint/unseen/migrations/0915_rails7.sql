ALTER TABLE "cache_entries" RENAME TO "cache_items";
