CREATE SCHEMA public_04_rename_name;
CREATE VIEW public_04_rename_name.users AS SELECT id, lower(email) AS email, name AS full_name FROM public.users;
SET search_path TO public_04_rename_name, public;
UPDATE users SET full_name = upper(full_name), email = lower(email) WHERE id = 42;;
