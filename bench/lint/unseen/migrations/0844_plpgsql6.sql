DO LANGUAGE plpgsql $do$ BEGIN IF (SELECT count(*) FROM posts) > 0 THEN RAISE NOTICE 'posts exist'; END IF; END $do$;
