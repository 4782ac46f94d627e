SELECT setval(pg_get_serial_sequence('"users"', 'id'), coalesce(max("id"), 0) + 1, false) FROM "users";;
