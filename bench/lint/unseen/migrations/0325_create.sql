-- UP
CREATE TABLE IF NOT EXISTS customers (id bigint PRIMARY KEY);
