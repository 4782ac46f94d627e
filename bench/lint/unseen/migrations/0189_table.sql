ALTER TABLE events OWNER TO postgres;
