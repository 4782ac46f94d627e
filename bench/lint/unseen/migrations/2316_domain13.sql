ALTER DOMAIN email_address ADD CONSTRAINT email_max_len CHECK (length(VALUE) <= 254);;
