CREATE VIEW public_profiles WITH (security_barrier) AS
  SELECT id, name FROM users;
GRANT SELECT ON public_profiles TO PUBLIC;;
