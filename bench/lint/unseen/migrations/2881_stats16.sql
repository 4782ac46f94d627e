CREATE STATISTICS users_name16 ON name FROM users;;
