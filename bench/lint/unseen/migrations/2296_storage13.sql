ALTER TABLE users REPLICA IDENTITY USING INDEX index_users_on_email;;
