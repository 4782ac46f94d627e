CREATE TYPE refund_reason AS ENUM ('duplicate', 'fraudulent', 'requested_by_customer');
CREATE TABLE refunds (
  id bigserial PRIMARY KEY,
  order_id bigint NOT NULL REFERENCES orders (id),
  reason refund_reason NOT NULL,
  amount numeric(12, 2) NOT NULL CHECK (amount > 0),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX refunds_order_id_idx ON refunds (order_id);;
