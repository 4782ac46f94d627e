ALTER DOMAIN email_address ADD CONSTRAINT email_has_dot CHECK (VALUE LIKE '%@%.%') NOT VALID;
ALTER DOMAIN email_address DROP CONSTRAINT email_has_at;
ALTER DOMAIN email_address RENAME CONSTRAINT email_has_dot TO email_has_at;;
