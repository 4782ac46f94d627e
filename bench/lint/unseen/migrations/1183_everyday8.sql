CREATE ROLE b8_app NOLOGIN;
ALTER ROLE b8_app SET statement_timeout = '30s';
