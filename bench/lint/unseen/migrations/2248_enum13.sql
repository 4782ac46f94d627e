ALTER TYPE order_status RENAME VALUE 'shipped' TO 'dispatched';;
