CREATE FUNCTION index_users_created() RETURNS void LANGUAGE plpgsql AS $$ BEGIN CREATE INDEX users_created_idx ON users (created_at); END $$;
