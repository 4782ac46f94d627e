create publication b7_realtime;
alter publication b7_realtime add table public.posts;
