-- Deploy shop:insert_user to pg
-- requires: users

BEGIN;

CREATE OR REPLACE FUNCTION insert_user(
    email TEXT, name TEXT
) RETURNS VOID LANGUAGE SQL SECURITY DEFINER AS $$
    INSERT INTO users (email, name, created_at, updated_at) VALUES ($1, $2, now(), now());
$$;

COMMIT;
