ALTER DOMAIN email_address ADD CONSTRAINT email_has_dot16 CHECK (VALUE LIKE '%.%') NOT VALID;
ALTER DOMAIN email_address VALIDATE CONSTRAINT email_has_dot16;;
