COMMENT ON COLUMN shipments.addr IS 'postal address at shipping time';;
