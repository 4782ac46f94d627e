ALTER TABLE ledger ADD COLUMN fx_rate numeric(10, 6) CONSTRAINT ledger_fx_rate_pos CHECK (fx_rate > 0);;
