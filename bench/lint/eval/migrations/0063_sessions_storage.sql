-- lockstep:irreversible
-- UP
-- Frequent updates to expires_at: leave room for HOT updates.
ALTER TABLE sessions SET (fillfactor = 80, autovacuum_vacuum_scale_factor = 0.02);
