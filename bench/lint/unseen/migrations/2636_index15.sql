CREATE UNIQUE INDEX metrics_v_uq ON metrics (v);;
