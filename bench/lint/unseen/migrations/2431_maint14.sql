TRUNCATE sales;;
