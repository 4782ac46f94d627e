ALTER TABLE shipments RENAME TO deliveries;
CREATE VIEW shipments AS SELECT * FROM deliveries;
DROP VIEW shipments;;
