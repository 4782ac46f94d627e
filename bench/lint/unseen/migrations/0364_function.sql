ALTER FUNCTION touch() SET search_path = public;
