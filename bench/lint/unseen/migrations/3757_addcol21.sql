ALTER TABLE shipments ADD COLUMN weight_kg numeric(8, 3) CHECK (weight_kg > 0);;
