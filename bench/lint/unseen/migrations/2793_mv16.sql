CLUSTER order_totals USING order_totals_customer_idx;;
