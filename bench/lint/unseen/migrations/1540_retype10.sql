ALTER TABLE accounts ALTER COLUMN balance TYPE bigint USING (balance * 100)::bigint;;
