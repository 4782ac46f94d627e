ALTER TABLE orders ADD COLUMN total_cents bigint;
CREATE PROCEDURE backfill_order_cents(batch integer DEFAULT 1000)
LANGUAGE plpgsql AS $$
DECLARE
  n integer;
BEGIN
  LOOP
    UPDATE orders SET total_cents = (total * 100)::bigint
     WHERE id IN (SELECT id FROM orders WHERE total_cents IS NULL LIMIT batch);
    GET DIAGNOSTICS n = ROW_COUNT;
    EXIT WHEN n = 0;
    COMMIT;
  END LOOP;
END
$$;;
