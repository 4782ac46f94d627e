COMMENT ON EXTENSION plpgsql IS 'procedural language';
