DO $do$
BEGIN
  EXECUTE format('ALTER TABLE %s RENAME COLUMN %s TO %s', 'users', 'name', 'full_name');
END
$do$;;
