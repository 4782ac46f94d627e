CREATE STATISTICS users_lower_email16 ON (lower(email)) FROM users;;
