-- after the collation library upgrade
REINDEX (CONCURRENTLY) INDEX index_users_on_email;;
