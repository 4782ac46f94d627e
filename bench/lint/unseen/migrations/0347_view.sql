ALTER VIEW recent_orders ALTER COLUMN status SET DEFAULT 'pending';
