CREATE STATISTICS shipments_city_state ON ((addr).city), state FROM shipments;;
