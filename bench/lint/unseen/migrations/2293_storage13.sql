CREATE STATISTICS users_name_email (dependencies, ndistinct) ON name, email FROM users;;
