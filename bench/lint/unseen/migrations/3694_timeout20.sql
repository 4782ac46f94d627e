CREATE ROLE migrator20 NOLOGIN;
ALTER ROLE migrator20 SET lock_timeout = '5s';
ALTER ROLE migrator20 SET statement_timeout = '15min';;
