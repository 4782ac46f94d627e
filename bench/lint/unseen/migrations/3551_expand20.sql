ALTER TABLE customers ADD COLUMN email_lower text;
UPDATE customers SET email_lower = lower(email) WHERE email_lower IS NULL;;
