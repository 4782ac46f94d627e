ALTER TYPE order_status OWNER TO postgres;
