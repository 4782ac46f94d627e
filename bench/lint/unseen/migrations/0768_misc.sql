CREATE STATISTICS orders_code_stats ON (lower(legacy_code)) FROM orders;
