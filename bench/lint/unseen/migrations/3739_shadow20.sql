CREATE SCHEMA osc_staging;
CREATE TABLE osc_staging.sales_copy (LIKE sales INCLUDING ALL);;
