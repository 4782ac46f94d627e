DROP FUNCTION IF EXISTS legacy_cleanup(integer);
