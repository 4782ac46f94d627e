ALTER TABLE customers ALTER COLUMN region TYPE email_address;;
