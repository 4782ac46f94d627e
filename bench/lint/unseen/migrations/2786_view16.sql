CREATE SCHEMA archive16;
ALTER VIEW recent_orders SET SCHEMA archive16;;
