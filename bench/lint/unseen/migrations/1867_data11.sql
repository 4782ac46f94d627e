UPDATE accounts SET balance = balance + 5 WHERE id = ANY('{10,20,30}'::bigint[]);;
