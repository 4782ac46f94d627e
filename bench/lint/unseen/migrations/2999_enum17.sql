ALTER TYPE order_status ADD VALUE 'partially_paid' AFTER 'pending';
ALTER TABLE orders ALTER COLUMN status SET DEFAULT 'partially_paid';;
