CREATE SCHEMA app_v2;
CREATE VIEW app_v2.users AS
  SELECT id, email, name AS display_name, admin, created_at, updated_at FROM public.users;;
