UPDATE archive_2023 SET v = v + 1
 WHERE ctid = ANY (ARRAY(SELECT ctid FROM archive_2023 WHERE v < 100 LIMIT 50));;
