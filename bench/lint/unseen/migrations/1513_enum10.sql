CREATE TYPE shipment_state AS ENUM ('pending', 'in_transit', 'delivered', 'returned');
ALTER TABLE shipments ALTER COLUMN state TYPE shipment_state USING state::shipment_state;;
