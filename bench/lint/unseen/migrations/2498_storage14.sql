CREATE STATISTICS IF NOT EXISTS orders_cust_status (dependencies) ON customer_id, status FROM orders;;
