CREATE UNIQUE INDEX CONCURRENTLY users_lower_email_uq ON users (lower(email));;
