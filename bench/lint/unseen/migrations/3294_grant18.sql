GRANT SELECT ON recent_orders, order_totals TO PUBLIC;;
