CREATE INDEX users_lower_email_idx17 ON users (lower(email::text));;
