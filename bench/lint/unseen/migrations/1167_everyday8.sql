ANALYZE logs;
