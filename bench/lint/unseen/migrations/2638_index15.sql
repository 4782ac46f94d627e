CREATE INDEX CONCURRENTLY IF NOT EXISTS shipments_city_idx ON shipments (((addr).city));;
