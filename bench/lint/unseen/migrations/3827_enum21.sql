ALTER TYPE order_status ADD VALUE 'awaiting_pickup21' BEFORE 'shipped';;
