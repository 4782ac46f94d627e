BEGIN;
SELECT setval(pg_get_serial_sequence('"posts"','id'), coalesce(max("id"), 1), max("id") IS NOT null) FROM "posts";
COMMIT;
