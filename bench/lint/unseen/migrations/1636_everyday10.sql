COMMENT ON COLUMN orders.total IS 'gross amount in the order currency';;
