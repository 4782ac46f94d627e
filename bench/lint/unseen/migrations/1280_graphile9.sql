create schema app_public;
drop function if exists app_public.current_user_id();
create function app_public.current_user_id() returns bigint as $$
  select nullif(current_setting('jwt.claims.user_id', true), '')::bigint;
$$ language sql stable;;
