alter table public.posts enable row level security;
