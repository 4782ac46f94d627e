ALTER DOMAIN email_address ADD CONSTRAINT email_not_example CHECK (VALUE NOT LIKE '%@example.com') NOT VALID;;
