ALTER DOMAIN email_address ADD CONSTRAINT email_lowercase CHECK (VALUE = lower(VALUE)) NOT VALID;;
