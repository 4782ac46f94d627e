-- speeds up the admin dashboard
CREATE INDEX customers_created_at_idx ON customers (created_at) WITH (fillfactor = 70);;
