ALTER DOMAIN email_address DROP CONSTRAINT email_has_at;
