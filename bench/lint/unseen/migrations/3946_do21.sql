DO $$
BEGIN
  PERFORM set_config('lock_timeout', '2s', true);
  ALTER TABLE cache_entries ADD COLUMN owner text;
END
$$;;
