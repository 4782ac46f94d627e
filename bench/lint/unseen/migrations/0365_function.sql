ALTER FUNCTION touch() OWNER TO postgres;
