ALTER TABLE ledger ADD COLUMN fx_rate numeric DEFAULT 1.0 NOT NULL CHECK (fx_rate > 0);;
