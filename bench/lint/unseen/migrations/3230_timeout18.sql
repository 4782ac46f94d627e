SET statement_timeout = 0;
UPDATE posts SET body = '' WHERE body IS NULL;;
