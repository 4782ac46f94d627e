UPDATE orders SET tax = round(total * 0.2, 2) WHERE id BETWEEN 1 AND 100;;
