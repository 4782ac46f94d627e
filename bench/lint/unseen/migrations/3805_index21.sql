CREATE INDEX ON metrics (v);;
