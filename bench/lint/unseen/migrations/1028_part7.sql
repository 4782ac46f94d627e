ALTER TABLE metrics_2024 ADD CONSTRAINT metrics_2024_v_nonneg CHECK (v >= 0);
