UPDATE customers SET region = 'eu-west' WHERE region = 'eu' AND id BETWEEN 1 AND 100;;
