ALTER INDEX IF EXISTS index_users_on_email RENAME TO users_email_key;;
