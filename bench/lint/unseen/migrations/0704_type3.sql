ALTER DOMAIN email_address ADD CONSTRAINT email_not_blank CHECK (VALUE <> '');
