ALTER TABLE users ADD COLUMN email_normalized varchar;
ALTER TABLE users DROP COLUMN IF EXISTS email_normalized;;
