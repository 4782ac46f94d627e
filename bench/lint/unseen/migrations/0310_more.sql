-- UP
ALTER TABLE metrics ALTER COLUMN v TYPE bigint;
