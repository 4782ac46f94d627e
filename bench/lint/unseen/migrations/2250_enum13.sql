ALTER TYPE order_status ADD VALUE 'paid';;
