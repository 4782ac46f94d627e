CREATE INDEX shipments_addr_city_idx ON shipments (((addr).city));;
