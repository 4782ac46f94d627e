-- strong_migrations: rename a table in two deploys; the view keeps the old name working
BEGIN;
ALTER TABLE shipments RENAME TO deliveries;
CREATE VIEW shipments AS SELECT * FROM deliveries;
COMMIT;
