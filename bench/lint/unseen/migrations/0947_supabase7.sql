revoke all on table public.cache_entries from public;
