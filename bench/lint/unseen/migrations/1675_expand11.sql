ALTER TABLE orders ADD COLUMN payload_jsonb jsonb;
UPDATE orders SET payload_jsonb = payload::jsonb
 WHERE id BETWEEN 1 AND 250 AND payload_jsonb IS NULL;;
