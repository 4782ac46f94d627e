CREATE TYPE refund_reason AS ENUM ('duplicate', 'fraudulent', 'requested_by_customer');
ALTER TYPE refund_reason ADD VALUE 'expired_uncaptured_charge';;
