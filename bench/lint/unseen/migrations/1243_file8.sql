CREATE TYPE ticket_priority AS ENUM ('low', 'normal', 'high');
ALTER TYPE ticket_priority ADD VALUE 'urgent';
