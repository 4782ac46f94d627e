ALTER TABLE sales ADD COLUMN sold_on date NOT NULL;;
