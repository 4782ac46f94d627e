ALTER TABLE orders ADD COLUMN payload_jsonb jsonb;
UPDATE orders SET payload_jsonb = payload::jsonb WHERE payload_jsonb IS NULL;;
