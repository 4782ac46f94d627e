-- Deploy shop:order_status_disputed to pg

BEGIN;

ALTER TYPE order_status ADD VALUE 'disputed' AFTER 'paid';

COMMIT;
