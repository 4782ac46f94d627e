-- lockstep:irreversible
-- UP
-- events.id is about to overflow integer (OPS-311).
ALTER SEQUENCE events_id_seq AS bigint;
ALTER TABLE events ALTER COLUMN id TYPE bigint;
