ALTER DOMAIN email_address SET DEFAULT 'none@x.io';
