UPDATE orders SET tax = round(total * 0.2, 2) WHERE tax IS NULL;;
