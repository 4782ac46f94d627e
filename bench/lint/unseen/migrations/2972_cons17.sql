ALTER TABLE shipments ADD CONSTRAINT shipments_state_set17 CHECK (state IS NOT NULL);;
