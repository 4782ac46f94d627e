COMMENT ON FUNCTION touch() IS 'no-op trigger function';;
