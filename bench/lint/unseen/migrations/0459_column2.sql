ALTER TABLE accounts ALTER COLUMN balance TYPE bigint USING balance::bigint;
