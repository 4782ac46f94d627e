TRUNCATE orders;;
