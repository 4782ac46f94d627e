BEGIN;
SET LOCAL lock_timeout = '5s';
CREATE INDEX events_at_idx21 ON events (at);
COMMIT;
