-- UP
ANALYZE orders;
