CREATE TABLE discounts (code text PRIMARY KEY, pct integer);
ALTER TABLE discounts ADD CONSTRAINT discounts_pct_range CHECK (pct BETWEEN 1 AND 100);;
