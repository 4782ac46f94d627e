DO $$
DECLARE
  last_id bigint := 0;
  max_id bigint;
BEGIN
  SELECT max(id) INTO max_id FROM orders;
  WHILE last_id < max_id LOOP
    UPDATE orders SET tax = round(total * 0.2, 2)
     WHERE id > last_id AND id <= last_id + 500 AND tax IS NULL;
    last_id := last_id + 500;
  END LOOP;
END
$$;;
