ALTER TABLE accounts ADD COLUMN tenant_id bigint;
CREATE INDEX accounts_tenant_id_idx ON accounts (tenant_id);;
