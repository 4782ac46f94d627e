ANALYZE sales (amount);;
