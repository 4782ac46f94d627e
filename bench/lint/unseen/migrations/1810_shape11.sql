CREATE DOMAIN quantity AS integer;
ALTER TABLE orders ALTER COLUMN qty TYPE quantity;;
