ALTER TYPE order_status ADD VALUE IF NOT EXISTS 'cancelled21' AFTER 'paid';;
