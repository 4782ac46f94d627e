CREATE SCHEMA archive16;
ALTER TYPE order_status SET SCHEMA archive16;;
