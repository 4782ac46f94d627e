ALTER INDEX index_users_on_email SET (fillfactor = 80);
