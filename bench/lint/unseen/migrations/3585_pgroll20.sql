CREATE SCHEMA public_01_init;
CREATE VIEW public_01_init.users AS SELECT id, email, name, admin, prefs, login_count, created_at, updated_at FROM public.users;
ALTER TABLE users ADD COLUMN _pgroll_new_bio text;
-- complete 02_add_bio
DROP SCHEMA IF EXISTS public_01_init CASCADE;
ALTER TABLE users RENAME COLUMN _pgroll_new_bio TO bio;;
