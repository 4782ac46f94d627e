VACUUM (ANALYZE) orders;;
