TRUNCATE sales_eu;;
