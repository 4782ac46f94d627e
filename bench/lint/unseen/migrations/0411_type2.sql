CREATE TYPE money_amount AS (currency char(3), cents bigint);
ALTER TYPE money_amount ADD ATTRIBUTE note text;
