ALTER TYPE order_status ADD VALUE 'backordered21' BEFORE 'pending';;
