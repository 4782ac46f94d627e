CREATE SCHEMA app_v1;
CREATE VIEW app_v1.users AS SELECT id, email, name FROM public.users;
DROP SCHEMA app_v1 CASCADE;;
