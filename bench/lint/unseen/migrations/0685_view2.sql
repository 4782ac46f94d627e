ALTER VIEW recent_orders RENAME COLUMN status TO state;
