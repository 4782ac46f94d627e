CREATE TABLE order_notes21 (order_id bigint NOT NULL, note text);
ALTER TABLE order_notes21 ADD CONSTRAINT order_notes21_order_fk FOREIGN KEY (order_id) REFERENCES orders (id);
CREATE INDEX order_notes21_order_idx ON order_notes21 (order_id);;
