CREATE INDEX CONCURRENTLY shipments_city_idx21 ON shipments (((addr).city));;
