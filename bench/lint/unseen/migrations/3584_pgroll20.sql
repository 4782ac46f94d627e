ALTER TABLE users ADD COLUMN _pgroll_new_bio text;
CREATE SCHEMA public_02_add_bio;
CREATE VIEW public_02_add_bio.users WITH (security_invoker = true) AS
  SELECT id, email, name, admin, prefs, login_count, created_at, updated_at, _pgroll_new_bio AS bio FROM public.users;;
