-- UP
VACUUM (ANALYZE) orders;
