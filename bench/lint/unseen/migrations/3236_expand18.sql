ALTER TABLE users ADD COLUMN email_normalized varchar;
UPDATE users SET email_normalized = lower(email) WHERE email_normalized IS NULL;;
