CREATE ROLE app_writer12 NOLOGIN;
GRANT USAGE, SELECT ON SEQUENCE public.users_id_seq TO app_writer12;;
