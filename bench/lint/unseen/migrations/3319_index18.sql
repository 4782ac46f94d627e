CREATE UNIQUE INDEX CONCURRENTLY shipments_state_uq18 ON shipments (state);;
