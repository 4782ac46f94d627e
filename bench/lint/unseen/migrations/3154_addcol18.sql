ALTER TABLE shipments ADD COLUMN order_ref18 bigint NOT NULL DEFAULT 0 REFERENCES orders (id);;
