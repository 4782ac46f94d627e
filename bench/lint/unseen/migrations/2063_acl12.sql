CREATE ROLE app_writer12 NOLOGIN;
GRANT SELECT, INSERT ON TABLE public.ledger TO app_writer12;;
