CREATE SCHEMA public_02_prev;
CREATE VIEW public_02_prev.users AS SELECT id, email, login_count FROM public.users;
ALTER TABLE users ADD COLUMN _pgroll_new_login_count bigint;
ALTER TABLE users DROP COLUMN login_count CASCADE;
ALTER TABLE users RENAME COLUMN _pgroll_new_login_count TO login_count;;
