ALTER TABLE "cache_entries" RENAME TO "cache_items";
ALTER INDEX "cache_entries_pkey" RENAME TO "cache_items_pkey";
