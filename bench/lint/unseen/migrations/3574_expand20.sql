ALTER TABLE orders ADD COLUMN total_cents bigint;
UPDATE orders SET total_cents = (total * 100)::bigint WHERE id BETWEEN 1 AND 400;;
