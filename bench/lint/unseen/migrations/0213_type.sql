ALTER DOMAIN email_address VALIDATE CONSTRAINT email_has_at;
