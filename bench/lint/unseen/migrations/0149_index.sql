CREATE INDEX CONCURRENTLY metrics_v_idx ON metrics (v);
