ALTER TABLE customers ADD COLUMN loyalty_tier smallint DEFAULT 0 NOT NULL;;
