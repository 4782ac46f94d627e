CREATE INDEX customers_created_at_idx18 ON customers (created_at DESC NULLS LAST);;
