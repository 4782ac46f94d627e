UPDATE customers c
   SET score = s.n
  FROM (SELECT customer_id, count(*) AS n FROM orders GROUP BY customer_id) s
 WHERE s.customer_id = c.id;;
