CREATE TYPE money_amount16 AS (amount numeric, currency char(3));
ALTER TYPE money_amount16 ALTER ATTRIBUTE currency TYPE text;;
