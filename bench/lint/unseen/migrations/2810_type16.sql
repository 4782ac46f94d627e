ALTER TYPE order_status RENAME VALUE 'refunded' TO 'reimbursed';;
