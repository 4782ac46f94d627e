-- UP
ANALYZE VERBOSE users (email, name);
