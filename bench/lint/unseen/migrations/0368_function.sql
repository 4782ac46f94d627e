DROP FUNCTION IF EXISTS no_such_fn(integer);
