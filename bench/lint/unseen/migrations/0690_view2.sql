DROP VIEW recent_orders CASCADE;
