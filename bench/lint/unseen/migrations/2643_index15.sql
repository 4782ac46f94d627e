CREATE INDEX ON ONLY logs (msg);;
