CREATE INDEX CONCURRENTLY "index_customers_on_region_and_score" ON "customers" ("region", "score");;
