COMMENT ON FUNCTION touch() IS 'no-op trigger kept for old triggers';;
