UPDATE orders SET tax = round(total * 0.2, 2);;
