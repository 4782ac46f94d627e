ALTER DOMAIN email_address ADD CONSTRAINT email_long16 CHECK (length(VALUE) > 20);;
