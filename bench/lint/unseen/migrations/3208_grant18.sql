COMMENT ON COLUMN orders.legacy_code IS 'Deprecated: read-only, drop after 2025-06.';;
