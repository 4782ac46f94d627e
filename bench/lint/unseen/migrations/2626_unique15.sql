ALTER TABLE metrics ADD CONSTRAINT metrics_v_key UNIQUE (v);;
