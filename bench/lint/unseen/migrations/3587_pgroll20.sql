ALTER TABLE users ADD COLUMN _pgroll_new_bio text;
CREATE SCHEMA public_02_add_bio;
CREATE VIEW public_02_add_bio.users AS SELECT id, email, _pgroll_new_bio AS bio FROM public.users;
-- rollback 02_add_bio
DROP SCHEMA IF EXISTS public_02_add_bio CASCADE;
ALTER TABLE users DROP COLUMN IF EXISTS _pgroll_new_bio;;
