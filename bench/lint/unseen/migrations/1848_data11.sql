UPDATE orders SET status = 'shipped' WHERE id = ANY(ARRAY[101, 102, 103, 104]);;
