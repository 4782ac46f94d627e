ALTER TABLE users CLUSTER ON index_users_on_email;;
