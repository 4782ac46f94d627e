REINDEX TABLE order_totals;;
