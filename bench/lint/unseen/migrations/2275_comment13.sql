COMMENT ON COLUMN orders.legacy_code IS 'code from the old shop, read-only';;
