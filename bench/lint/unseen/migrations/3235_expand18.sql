ALTER TABLE users ADD COLUMN email_normalized varchar;
UPDATE users SET email_normalized = lower(email) WHERE id BETWEEN 1 AND 1000 AND email_normalized IS NULL;;
