CREATE AGGREGATE sum_nonneg16 (numeric) (SFUNC = numeric_add, STYPE = numeric, INITCOND = 0);;
