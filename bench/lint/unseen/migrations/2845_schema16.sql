DROP SCHEMA public;;
