ANALYZE VERBOSE customers (region);;
