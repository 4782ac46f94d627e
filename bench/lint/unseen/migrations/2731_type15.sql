ALTER TABLE sales ALTER COLUMN region TYPE varchar;;
