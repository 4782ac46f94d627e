CREATE TABLE customers_backup AS TABLE customers;;
