CREATE TABLE shipment_events (id bigserial PRIMARY KEY, shipment_id bigint, state text);
ALTER TABLE shipment_events ALTER COLUMN shipment_id SET NOT NULL;;
