ALTER DOMAIN email_address ADD CONSTRAINT email_max_len21 CHECK (char_length(VALUE) <= 320) NOT VALID;;
