BEGIN;
ALTER TABLE customers ADD CONSTRAINT customers_region_known18 CHECK (region IN ('eu', 'us', 'apac')) NOT VALID;
ALTER TABLE customers VALIDATE CONSTRAINT customers_region_known18;
COMMIT;
