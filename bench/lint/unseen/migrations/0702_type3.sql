ALTER TYPE order_status ADD VALUE IF NOT EXISTS 'returned' AFTER 'shipped';
