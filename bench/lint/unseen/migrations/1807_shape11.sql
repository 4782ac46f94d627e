CREATE INDEX CONCURRENTLY users_email_c_idx ON users (email COLLATE "C");;
