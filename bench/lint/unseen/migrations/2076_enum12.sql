BEGIN;
CREATE TYPE ticket_state AS ENUM ('open', 'on_hold', 'closed');
CREATE TABLE tickets (
  id bigserial PRIMARY KEY,
  state ticket_state NOT NULL DEFAULT 'on_hold'
);
COMMIT;
