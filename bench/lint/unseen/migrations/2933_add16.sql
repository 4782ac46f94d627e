CREATE TYPE ticket_priority16 AS ENUM ('low', 'normal', 'high');
CREATE TABLE tickets16 (id bigint PRIMARY KEY, priority ticket_priority16 NOT NULL DEFAULT 'normal');;
