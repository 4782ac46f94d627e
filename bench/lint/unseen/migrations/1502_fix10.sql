-- events has no key: keep one physical row per id
DELETE FROM events a
 USING events b
 WHERE a.id = b.id
   AND a.ctid > b.ctid;;
