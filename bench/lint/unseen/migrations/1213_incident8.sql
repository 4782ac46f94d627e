CREATE UNIQUE INDEX users_lower_email_key ON users (lower(email));
