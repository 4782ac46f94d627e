ALTER TYPE order_status ADD VALUE 'authorized' BEFORE 'paid';;
