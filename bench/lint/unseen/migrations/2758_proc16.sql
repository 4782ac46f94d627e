CREATE PROCEDURE reset_views16() LANGUAGE sql AS $$ UPDATE posts SET views = 0 $$;
CALL reset_views16();;
