-- lockstep:irreversible
-- UP
-- Wall-clock time of the write, not of the transaction start.
ALTER TABLE audit_log ADD COLUMN recorded_at timestamptz DEFAULT clock_timestamp();
