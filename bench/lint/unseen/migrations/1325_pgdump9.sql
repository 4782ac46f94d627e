SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

CREATE MATERIALIZED VIEW public.post_counts AS
 SELECT posts.user_id,
    count(*) AS n
   FROM public.posts
  GROUP BY posts.user_id
  WITH NO DATA;;
