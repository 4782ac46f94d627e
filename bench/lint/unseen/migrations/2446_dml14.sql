UPDATE customers SET email = lower(email)::email_address WHERE id BETWEEN 1 AND 50;;
