ALTER DOMAIN email_address DROP CONSTRAINT email_has_at;
ALTER DOMAIN email_address ADD CONSTRAINT email_has_at CHECK (VALUE LIKE '%_@_%');;
