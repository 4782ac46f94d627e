CREATE UNIQUE INDEX shipments_state_nnd ON shipments (state) NULLS NOT DISTINCT;;
