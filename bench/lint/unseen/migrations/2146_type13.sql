ALTER TABLE customers ALTER COLUMN notes TYPE email_address;;
