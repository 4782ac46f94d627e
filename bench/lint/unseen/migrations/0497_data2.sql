-- UP
ANALYZE accounts;
