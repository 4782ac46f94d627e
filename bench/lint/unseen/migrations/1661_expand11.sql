CREATE SCHEMA app_v3;
CREATE VIEW app_v3.posts AS SELECT id, user_id, title AS headline, body FROM public.posts;
-- clients read and write posts only through the versioned views
ALTER TABLE public.posts RENAME COLUMN title TO headline;
CREATE OR REPLACE VIEW app_v3.posts AS SELECT id, user_id, headline, body FROM public.posts;;
