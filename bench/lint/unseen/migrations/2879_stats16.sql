CREATE STATISTICS orders_status_currency16 (mcv) ON status, currency FROM orders;;
