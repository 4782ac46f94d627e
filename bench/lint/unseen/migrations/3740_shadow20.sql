CREATE SCHEMA osc_retired;
CREATE SCHEMA osc_staging;
CREATE TABLE osc_staging.accounts (LIKE public.accounts INCLUDING ALL);
INSERT INTO osc_staging.accounts OVERRIDING SYSTEM VALUE SELECT * FROM public.accounts;
BEGIN;
ALTER TABLE public.accounts SET SCHEMA osc_retired;
ALTER TABLE osc_staging.accounts SET SCHEMA public;
COMMIT;
