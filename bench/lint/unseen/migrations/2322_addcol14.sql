ALTER TABLE customers ADD COLUMN locale varchar(10) DEFAULT 'en';;
