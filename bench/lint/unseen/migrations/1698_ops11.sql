REINDEX INDEX order_totals_customer_idx;;
