CREATE TABLE invoices18 (
  id bigint PRIMARY KEY DEFAULT nextval('invoice_seq'),
  customer_id bigint NOT NULL REFERENCES customers (id),
  total numeric(12, 2) NOT NULL
);;
