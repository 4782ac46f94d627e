-- UP
ALTER DOMAIN email_address SET NOT NULL;
