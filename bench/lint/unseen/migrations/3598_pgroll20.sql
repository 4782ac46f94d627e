CREATE SCHEMA public_04_rename_name;
CREATE VIEW public_04_rename_name.users AS
  SELECT id, email, name AS full_name, admin, prefs, login_count, created_at, updated_at FROM public.users;;
