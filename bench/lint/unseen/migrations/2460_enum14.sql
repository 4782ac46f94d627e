ALTER TYPE order_status ADD VALUE IF NOT EXISTS 'on_hold' BEFORE 'paid';;
