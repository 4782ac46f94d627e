ALTER TABLE customers DROP CONSTRAINT customers_score_not_null;;
