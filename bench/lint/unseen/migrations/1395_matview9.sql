SELECT cron.schedule('refresh-order-totals', '*/10 * * * *', 'REFRESH MATERIALIZED VIEW CONCURRENTLY order_totals');;
