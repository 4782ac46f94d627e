UPDATE orders o SET tax = 0 FROM customers c WHERE c.id = o.customer_id AND c.region = 'us';;
