comment on table public.users is 'Profile data for each user.';
