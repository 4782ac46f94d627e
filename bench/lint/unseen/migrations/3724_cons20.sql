ALTER DOMAIN email_address ADD CONSTRAINT email_has_dot CHECK (VALUE LIKE '%.%') NOT VALID;;
