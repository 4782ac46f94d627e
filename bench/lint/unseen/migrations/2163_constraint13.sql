ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX index_users_on_email;;
