ALTER TABLE shipments ADD CONSTRAINT shipments_order_id_fkey FOREIGN KEY (order_id) REFERENCES orders (id) NOT VALID;
-- migrate:up
ALTER TABLE shipments VALIDATE CONSTRAINT shipments_order_id_fkey;

-- migrate:down

