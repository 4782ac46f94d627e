ALTER TABLE customers ADD COLUMN kind text DEFAULT 'person', ADD CONSTRAINT customers_kind_ok CHECK (kind IN ('person', 'company')) NOT VALID;;
