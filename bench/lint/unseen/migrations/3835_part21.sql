UPDATE sales SET region = 'us' WHERE amount = 7;;
