CREATE TABLE notes (id bigint PRIMARY KEY, customer_id bigint REFERENCES customers (id) ON DELETE SET NULL, body text NOT NULL CHECK (length(body) < 10000));
