CREATE INDEX logs_at_idx ON logs (at);
