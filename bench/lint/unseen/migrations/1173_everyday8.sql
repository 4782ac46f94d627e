ALTER TYPE order_status ADD VALUE 'authorized' AFTER 'pending';
