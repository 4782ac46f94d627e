CREATE TYPE shipment_state17 AS ENUM ('created', 'delivered');
ALTER TABLE shipments ADD COLUMN state17 shipment_state17;
ALTER TYPE shipment_state17 ADD VALUE 'in_transit' BEFORE 'delivered';
UPDATE shipments SET state17 = 'in_transit' WHERE id <= 100;;
