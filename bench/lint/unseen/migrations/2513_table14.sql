CREATE UNLOGGED TABLE import_staging (LIKE customers);;
