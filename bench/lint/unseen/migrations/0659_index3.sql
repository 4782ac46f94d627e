DROP INDEX index_users_on_email;
