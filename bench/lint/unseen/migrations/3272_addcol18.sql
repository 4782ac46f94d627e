ALTER TABLE users ADD COLUMN mfa_secret bytea;;
