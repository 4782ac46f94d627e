ALTER TABLE orders ADD COLUMN channel text;
ALTER TABLE orders ADD CONSTRAINT orders_channel_check CHECK (channel IN ('web', 'app', 'pos')) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT orders_channel_check;
