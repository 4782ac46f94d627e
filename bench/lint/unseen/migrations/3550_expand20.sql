ALTER TABLE customers ADD COLUMN email_lower text;
UPDATE customers SET email_lower = lower(email)
 WHERE id BETWEEN 1 AND 500 AND email_lower IS NULL;;
