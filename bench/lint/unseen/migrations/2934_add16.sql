CREATE PROCEDURE archive_logs_batch16(p_before date) LANGUAGE plpgsql AS $$
BEGIN
  LOOP
    DELETE FROM logs WHERE ctid IN (SELECT ctid FROM logs WHERE at < p_before LIMIT 500);
    EXIT WHEN NOT FOUND;
    COMMIT;
  END LOOP;
END
$$;;
