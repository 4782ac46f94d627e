COMMENT ON COLUMN public.users.email IS 'login';
