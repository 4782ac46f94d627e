ANALYZE posts;;
