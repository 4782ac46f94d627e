VACUUM (VERBOSE, ANALYZE) logs_default;;
