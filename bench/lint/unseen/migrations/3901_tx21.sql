BEGIN;
CREATE TABLE invoices21 (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  customer_id bigint NOT NULL REFERENCES customers (id),
  issued_on date NOT NULL
);
CREATE INDEX invoices21_customer_id_idx ON invoices21 (customer_id);
COMMIT;
