UPDATE customers SET region = 'apac' WHERE id BETWEEN 1500 AND 1520;;
