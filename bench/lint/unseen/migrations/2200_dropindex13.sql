DROP INDEX CONCURRENTLY IF EXISTS index_users_on_nothing;;
