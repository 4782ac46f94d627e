DO $$ DECLARE r record; BEGIN FOR r IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename LIKE 'sales_%' LOOP EXECUTE 'ANALYZE ' || quote_ident(r.tablename); END LOOP; END $$;
