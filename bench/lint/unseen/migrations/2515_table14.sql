SELECT * INTO orders_copy FROM orders;;
