COMMENT ON TABLE shipments IS 'one row per parcel';;
