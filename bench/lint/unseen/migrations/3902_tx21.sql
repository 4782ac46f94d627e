BEGIN;
SET LOCAL statement_timeout = '5s';
ALTER TABLE events ADD PRIMARY KEY (id);
COMMIT;
