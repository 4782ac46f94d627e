DELETE FROM accounts a
 USING accounts b
 WHERE a.owner_id = b.owner_id
   AND a.id > b.id;;
