ANALYZE accounts;
