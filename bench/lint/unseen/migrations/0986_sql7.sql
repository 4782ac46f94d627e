ANALYZE posts;
