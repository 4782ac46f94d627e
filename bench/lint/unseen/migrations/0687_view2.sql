ALTER VIEW IF EXISTS no_such_view OWNER TO postgres;
