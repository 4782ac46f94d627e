CREATE SCHEMA public_04_rename_name;
CREATE VIEW public_04_rename_name.users AS SELECT id, email, name AS full_name FROM public.users;
SET search_path TO public_04_rename_name, public;
UPDATE users SET full_name = initcap(full_name) WHERE id = 42;;
