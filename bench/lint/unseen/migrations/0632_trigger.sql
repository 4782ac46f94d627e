CREATE OR REPLACE FUNCTION posts_touch_fn() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$ BEGIN RETURN NEW; END $$;
