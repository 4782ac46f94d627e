ALTER TABLE shipments
  ADD COLUMN weight_kg numeric(8, 3),
  ADD CONSTRAINT shipments_weight_pos21 CHECK (weight_kg > 0) NOT VALID;;
