COMMENT ON INDEX index_users_on_email IS 'login lookup';;
