-- UP
CREATE TABLE account_members (account_id bigint REFERENCES accounts (id) DEFERRABLE INITIALLY DEFERRED, customer_id bigint REFERENCES customers (id) ON DELETE CASCADE, role text NOT NULL DEFAULT 'member', PRIMARY KEY (account_id, customer_id));
