SET LOCAL lock_timeout = '2s';
ALTER TABLE customers ALTER COLUMN score SET NOT NULL;;
