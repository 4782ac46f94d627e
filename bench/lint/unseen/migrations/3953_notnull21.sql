ALTER TABLE shipments ADD CONSTRAINT shipments_state_nn21 CHECK (state IS NOT NULL) NOT VALID;
ALTER TABLE shipments VALIDATE CONSTRAINT shipments_state_nn21;;
