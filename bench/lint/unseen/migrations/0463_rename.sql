ALTER TABLE accounts RENAME TO tenants;
