CREATE TABLE queue (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, payload jsonb NOT NULL, locked_until timestamptz) WITH (fillfactor = 70);
