ALTER MATERIALIZED VIEW order_totals RENAME COLUMN total TO total_amount;;
