CREATE ROLE app11 NOLOGIN;
-- V45__grant_app_user.sql (placeholder app_user=app11)
GRANT SELECT, INSERT, UPDATE ON public.orders, public.customers TO app11;
GRANT USAGE ON SEQUENCE public.invoice_seq TO app11;;
