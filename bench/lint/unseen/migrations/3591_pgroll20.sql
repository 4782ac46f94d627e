CREATE SCHEMA public_02_prev;
CREATE VIEW public_02_prev.users AS SELECT id, email, login_count FROM public.users;
ALTER TABLE users ADD COLUMN _pgroll_new_login_count bigint;
-- complete 03_bigint_logins, with the old version's view still reading login_count
ALTER TABLE users DROP COLUMN login_count;;
