DROP INDEX IF EXISTS index_users_on_email;;
