ALTER TABLE customers ADD COLUMN email_lower text;;
