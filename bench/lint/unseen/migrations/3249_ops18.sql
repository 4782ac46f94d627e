CREATE STATISTICS orders_status_customer18 (dependencies) ON status, customer_id FROM orders;;
