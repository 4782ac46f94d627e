ALTER TABLE customers ADD COLUMN status text;
ALTER TABLE customers ADD CONSTRAINT customers_status_ok21 CHECK (status IN ('active', 'closed'));;
