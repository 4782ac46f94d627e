DELETE FROM orders WHERE id = 5;;
