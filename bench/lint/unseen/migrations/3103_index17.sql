CREATE UNIQUE INDEX users_email_lower_uq17 ON users (lower(email));;
