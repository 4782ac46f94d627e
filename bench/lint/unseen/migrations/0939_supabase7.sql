drop policy if exists "Posts are viewable by everyone." on public.posts;
