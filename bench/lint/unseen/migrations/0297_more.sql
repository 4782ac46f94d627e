ALTER TABLE orders ALTER COLUMN legacy_code TYPE varchar(30), ALTER COLUMN qty TYPE bigint;
