ALTER TABLE public.posts RENAME COLUMN title TO headline;
