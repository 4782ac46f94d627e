ALTER TABLE customers VALIDATE CONSTRAINT customers_score_not_null;
ALTER TABLE customers ALTER COLUMN score SET NOT NULL;
