ALTER DOMAIN email_address SET DEFAULT 'unknown@x.io';;
