ALTER DOMAIN email_address OWNER TO postgres;
