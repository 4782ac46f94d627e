ANALYZE posts (views);;
