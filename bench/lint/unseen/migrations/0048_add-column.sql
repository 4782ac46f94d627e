ALTER TABLE events ADD COLUMN c11_nn order_status NOT NULL;
