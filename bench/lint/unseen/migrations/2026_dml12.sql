UPDATE orders SET status = 'shipped' WHERE status = 'paid';;
