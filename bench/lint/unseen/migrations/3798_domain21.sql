ALTER DOMAIN email_address SET DEFAULT 'unknown@example.com';;
