CREATE INDEX metrics_v_idx ON ONLY metrics (v);;
