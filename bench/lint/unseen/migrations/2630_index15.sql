CREATE INDEX shipments_city_idx ON shipments (((addr).city));;
