-- Customers of the payments service. Identity keys are bigint from the start: changing the type of
-- a primary key later rewrites the table and every table that references it.
-- UP
CREATE TABLE customers (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email      text NOT NULL,
  full_name  text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT customers_email_key UNIQUE (email)
);

-- DOWN
DROP TABLE customers;
