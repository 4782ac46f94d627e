-- UP
ANALYZE posts;
