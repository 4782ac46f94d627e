COMMENT ON FUNCTION touch() IS 'sets the row timestamp';
