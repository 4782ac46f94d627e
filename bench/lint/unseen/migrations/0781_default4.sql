ALTER TABLE users ADD COLUMN xid bigint DEFAULT txid_current();
