UPDATE shipments s SET state = 'shipped' FROM orders o WHERE o.id = s.order_id AND o.status = 'shipped';;
