-- UP
create policy "Users can update own posts." on public.posts for update using (user_id = current_setting('app.user_id', true)::bigint) with check (user_id = current_setting('app.user_id', true)::bigint);
