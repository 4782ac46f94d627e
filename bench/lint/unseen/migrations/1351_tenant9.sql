ALTER TABLE accounts ADD COLUMN tenant_id bigint;
ALTER TABLE accounts ADD CONSTRAINT accounts_tenant_fk FOREIGN KEY (tenant_id) REFERENCES customers (id) NOT VALID;;
