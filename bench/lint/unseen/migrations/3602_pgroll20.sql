CREATE SCHEMA public_05_drop_prefs;
CREATE VIEW public_05_drop_prefs.users AS
  SELECT id, email, name, admin, login_count, created_at, updated_at FROM public.users;;
