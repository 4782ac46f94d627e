CREATE ROLE app11 NOLOGIN;
ALTER ROLE app11 SET search_path = app_v2, public;;
