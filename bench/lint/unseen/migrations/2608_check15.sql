ALTER TABLE ONLY metrics ADD CONSTRAINT metrics_v_pos CHECK (v > 0);;
