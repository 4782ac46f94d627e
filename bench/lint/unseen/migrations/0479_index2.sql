CREATE INDEX CONCURRENTLY logs_at_idx ON logs (at);
