ANALYZE VERBOSE users (email, name);
