UPDATE customers SET notes = 'migrated' WHERE id = ANY (ARRAY[1, 2, 3]);;
