CREATE INDEX metrics_v_idx ON metrics (v);;
