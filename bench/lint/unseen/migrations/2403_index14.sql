CREATE INDEX CONCURRENTLY shipments_state_idx ON shipments (state) WHERE state IS NOT NULL;;
