UPDATE orders o SET total = o.qty * 2 FROM customers c WHERE c.id = o.customer_id;
