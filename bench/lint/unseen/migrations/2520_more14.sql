COMMENT ON COLUMN shipments.addr IS 'postal address at the time of the order';;
