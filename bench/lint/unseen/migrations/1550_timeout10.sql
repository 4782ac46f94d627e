SET statement_timeout = 0;
ALTER TABLE customers VALIDATE CONSTRAINT customers_score_not_null;
RESET statement_timeout;;
