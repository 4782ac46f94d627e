CREATE INDEX CONCURRENTLY logs_default_at_idx ON logs_default (at);;
