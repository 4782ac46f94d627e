UPDATE orders o
   SET currency = 'GBP'
  FROM customers c
 WHERE c.id = o.customer_id
   AND c.region = 'uk';;
