CREATE SCHEMA public_01_init;
CREATE VIEW public_01_init.users AS SELECT id, email, name, admin, prefs, login_count, created_at, updated_at FROM public.users;
-- complete 04_rename_name, while the old version's view still selects name
ALTER TABLE users RENAME COLUMN name TO full_name;;
