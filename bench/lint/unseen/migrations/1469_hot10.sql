CREATE INDEX CONCURRENTLY index_users_on_lower_email ON users (lower(email));;
