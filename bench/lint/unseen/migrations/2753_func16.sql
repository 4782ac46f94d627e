CREATE FUNCTION archive_orders16(before timestamp) RETURNS bigint LANGUAGE sql AS $$
  WITH moved AS (DELETE FROM orders WHERE created_at < before RETURNING id) SELECT count(*) FROM moved
$$;;
