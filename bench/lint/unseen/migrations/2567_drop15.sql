ALTER TABLE ONLY public.cache_entries DROP CONSTRAINT IF EXISTS cache_entries_pkey;;
