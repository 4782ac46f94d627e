COMMENT ON COLUMN logs.msg IS 'raw log line as the app wrote it';
