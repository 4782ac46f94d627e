CREATE TYPE ticket_state21 AS ENUM ('open', 'closed');
ALTER TYPE ticket_state21 ADD VALUE 'pending' BEFORE 'closed';;
