ALTER DOMAIN email_address ADD CONSTRAINT email_io_only CHECK (VALUE LIKE '%.com');;
