BEGIN;
CREATE TYPE ticket_state AS ENUM ('open', 'closed');
ALTER TYPE ticket_state ADD VALUE 'on_hold' AFTER 'open';
CREATE TABLE tickets (
  id bigserial PRIMARY KEY,
  state ticket_state NOT NULL DEFAULT 'on_hold'
);
COMMIT;
