CREATE SCHEMA public_01_init;
CREATE VIEW public_01_init.users AS SELECT id, email, name, admin, prefs, login_count, created_at, updated_at FROM public.users;
DROP VIEW public_01_init.users;
DROP SCHEMA public_01_init;;
