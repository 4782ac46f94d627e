CREATE SCHEMA migration_0006_prev;
CREATE VIEW migration_0006_prev.customers AS SELECT id, email, name FROM public.customers;
ALTER TABLE customers DROP COLUMN name;;
