CREATE TABLE payments (id bigint PRIMARY KEY, order_id bigint NOT NULL REFERENCES orders (id) ON DELETE CASCADE, amount numeric(12, 2) NOT NULL CHECK (amount > 0), paid_at timestamptz DEFAULT now());
