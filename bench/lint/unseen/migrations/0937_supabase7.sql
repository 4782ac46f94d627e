create policy "Posts are viewable by everyone." on public.posts for select using (true);
