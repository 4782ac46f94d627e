CREATE OR REPLACE FUNCTION public.is_admin() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = ''
AS $$
  SELECT coalesce((SELECT admin FROM public.users WHERE id = nullif(current_setting('app.user_id', true), '')::bigint), false)
$$;
REVOKE ALL ON FUNCTION public.is_admin() FROM PUBLIC;;
