COMMENT ON COLUMN logs.msg IS 'free text, trimmed to 1 kB by the app';;
