ALTER TYPE order_status ADD VALUE 'draft' BEFORE 'pending';
