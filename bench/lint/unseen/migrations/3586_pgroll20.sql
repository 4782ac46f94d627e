ALTER TABLE users ADD COLUMN _pgroll_new_bio text;
CREATE SCHEMA public_02_add_bio;
CREATE VIEW public_02_add_bio.users AS SELECT id, email, name, admin, prefs, login_count, created_at, updated_at, _pgroll_new_bio AS bio FROM public.users;
-- complete 02_add_bio, but the old version's view is kept for clients still on it
ALTER TABLE users RENAME COLUMN _pgroll_new_bio TO bio;
CREATE OR REPLACE VIEW public_02_add_bio.users AS
  SELECT id, email, name, admin, prefs, login_count, created_at, updated_at, bio FROM public.users;;
