DROP TABLE customers;;
