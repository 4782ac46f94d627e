CREATE TABLE invoices (
  id bigint PRIMARY KEY,
  order_id bigint NOT NULL,
  net numeric(12, 2) NOT NULL,
  vat numeric(12, 2) NOT NULL DEFAULT 0,
  gross numeric(12, 2) GENERATED ALWAYS AS (net + vat) STORED
);;
