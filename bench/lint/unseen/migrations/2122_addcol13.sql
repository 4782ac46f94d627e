ALTER TABLE users ADD COLUMN api_token text UNIQUE;;
