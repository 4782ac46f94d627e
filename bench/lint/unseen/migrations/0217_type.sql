CREATE TYPE ticket_state AS ENUM ('open');
DROP TYPE ticket_state;
