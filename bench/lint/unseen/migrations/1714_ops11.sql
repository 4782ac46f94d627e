SET statement_timeout TO DEFAULT;
VACUUM (ANALYZE, SKIP_LOCKED) events;;
