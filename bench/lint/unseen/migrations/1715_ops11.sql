DO $$
BEGIN
  PERFORM set_config('lock_timeout', '3s', true);
  EXECUTE 'ALTER TABLE posts ADD COLUMN archived_at timestamptz';
END
$$;;
