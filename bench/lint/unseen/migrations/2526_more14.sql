CREATE INDEX CONCURRENTLY customers_region_score_idx ON customers (region) INCLUDE (score) WHERE score > 100;;
