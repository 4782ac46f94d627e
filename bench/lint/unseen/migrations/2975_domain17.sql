CREATE DOMAIN email_address17 AS text;
ALTER DOMAIN email_address17 ADD CONSTRAINT email17_has_at CHECK (VALUE LIKE '%@%');;
