ALTER TYPE order_status ADD VALUE 'disputed21';;
