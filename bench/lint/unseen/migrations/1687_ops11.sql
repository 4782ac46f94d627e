SET lock_timeout TO '5s';
SET statement_timeout TO '15min';
ALTER TABLE orders ALTER COLUMN legacy_code SET STATISTICS 500;;
