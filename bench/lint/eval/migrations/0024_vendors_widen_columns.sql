-- lockstep:irreversible
-- UP
-- Some vendor names and sites are longer than we planned for.
ALTER TABLE vendors ALTER COLUMN name TYPE varchar(120);
ALTER TABLE vendors ALTER COLUMN website TYPE text;
ALTER TABLE vendors ALTER COLUMN rating TYPE numeric(5, 1);
