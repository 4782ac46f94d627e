UPDATE customers SET region = 'us' WHERE id = 42;;
