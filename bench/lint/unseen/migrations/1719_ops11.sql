SET statement_timeout = 0;
REINDEX TABLE posts;;
