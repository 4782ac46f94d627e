ALTER TABLE customers VALIDATE CONSTRAINT customers_score_not_null;
