COMMENT ON SCHEMA public IS 'application tables';;
