ALTER DOMAIN email_address ADD CONSTRAINT email_short CHECK (length(VALUE) < 300) NOT VALID;
