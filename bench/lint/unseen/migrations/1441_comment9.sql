COMMENT ON EXTENSION plpgsql IS 'PL/pgSQL procedural language';;
