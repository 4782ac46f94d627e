COMMENT ON COLUMN customers.email IS 'login address';
