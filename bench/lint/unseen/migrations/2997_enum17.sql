DO $$
BEGIN
  ALTER TYPE order_status ADD VALUE IF NOT EXISTS 'refund_pending' AFTER 'paid';
END
$$;;
