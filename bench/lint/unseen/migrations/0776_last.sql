ALTER TYPE order_status ADD VALUE IF NOT EXISTS 'returned' AFTER 'shipped';
UPDATE orders SET status = 'returned' WHERE id = 1;
