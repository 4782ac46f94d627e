UPDATE orders SET qty = 0 WHERE qty IS NULL;;
