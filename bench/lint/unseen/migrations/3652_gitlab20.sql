DO $$
BEGIN
  PERFORM set_config('lock_timeout', '100ms', true);
  ALTER TABLE posts ADD COLUMN reviewed_at timestamptz;
EXCEPTION WHEN lock_not_available THEN
  RAISE NOTICE 'posts is busy, skipping';
END
$$;;
