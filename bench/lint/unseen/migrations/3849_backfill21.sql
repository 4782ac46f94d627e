TRUNCATE customers;;
