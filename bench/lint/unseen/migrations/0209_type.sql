CREATE TYPE money_amount AS (currency char(3), cents bigint);
