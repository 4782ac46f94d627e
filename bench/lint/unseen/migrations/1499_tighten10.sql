SET lock_timeout = '2s';
ALTER TABLE orders ALTER COLUMN qty SET NOT NULL;;
