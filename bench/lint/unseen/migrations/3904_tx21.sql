BEGIN;
ALTER TABLE shipments ADD CONSTRAINT shipments_order_fk21 FOREIGN KEY (order_id) REFERENCES orders (id) NOT VALID;
ALTER TABLE shipments VALIDATE CONSTRAINT shipments_order_fk21;
COMMIT;
