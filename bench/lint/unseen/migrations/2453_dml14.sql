DELETE FROM orders WHERE status = 'pending';;
