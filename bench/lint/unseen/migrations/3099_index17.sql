DROP INDEX CONCURRENTLY order_totals_customer_idx;;
