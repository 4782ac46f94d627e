COMMENT ON COLUMN order_totals.total IS 'sum of order totals';;
