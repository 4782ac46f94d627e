CREATE SCHEMA tenant_acme;
CREATE TABLE tenant_acme.orders (LIKE public.orders INCLUDING ALL);;
