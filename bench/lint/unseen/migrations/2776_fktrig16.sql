SET session_replication_role = replica;
DELETE FROM customers WHERE id = 5;
RESET session_replication_role;;
