CREATE FUNCTION public.posts_count(uid bigint) RETURNS bigint
    LANGUAGE sql STABLE
    AS $$
  SELECT count(*) FROM public.posts WHERE user_id = uid;
$$;


ALTER FUNCTION public.posts_count(uid bigint) OWNER TO postgres;;
