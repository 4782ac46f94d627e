-- UP
ALTER DOMAIN email_address DROP NOT NULL;
