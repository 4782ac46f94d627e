ALTER TYPE order_status ADD VALUE 'lost_in_transit';;
