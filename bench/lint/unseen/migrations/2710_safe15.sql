ALTER TYPE order_status ADD VALUE IF NOT EXISTS 'in_transit' AFTER 'paid';;
