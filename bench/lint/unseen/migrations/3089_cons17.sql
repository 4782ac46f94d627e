ALTER TABLE shipments ADD CONSTRAINT shipments_state_known17 CHECK (state IN ('new', 'sent')) NOT VALID;;
