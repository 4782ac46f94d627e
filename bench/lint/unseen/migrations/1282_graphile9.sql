drop policy if exists select_own on public.posts;
create policy select_own on public.posts for select using (user_id = nullif(current_setting('jwt.claims.user_id', true), '')::bigint);;
