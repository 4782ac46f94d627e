ALTER TABLE accounts ADD COLUMN external_id VARCHAR(64);
CREATE UNIQUE INDEX ux_accounts_external_id ON accounts (external_id);
