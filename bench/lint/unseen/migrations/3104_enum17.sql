ALTER TYPE order_status ADD VALUE 'awaiting_return' AFTER 'shipped';
ALTER TYPE order_status ADD VALUE 'return_refunded' AFTER 'awaiting_return';;
