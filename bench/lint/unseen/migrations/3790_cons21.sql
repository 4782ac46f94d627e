ALTER TABLE metrics ADD CONSTRAINT metrics_v_ledger_fk21 FOREIGN KEY (v) REFERENCES ledger (id);;
