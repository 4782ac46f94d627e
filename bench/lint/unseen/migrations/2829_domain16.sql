UPDATE customers SET email = NULL WHERE id = 1;
ALTER DOMAIN email_address SET NOT NULL;;
