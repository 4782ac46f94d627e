DROP INDEX IF EXISTS order_totals_customer_idx;;
