ALTER TABLE metrics ADD CONSTRAINT metrics_v_pos CHECK (v > 0) NOT VALID;;
