ALTER TABLE metrics ADD CONSTRAINT metrics_v_nonneg CHECK (v >= 0);
