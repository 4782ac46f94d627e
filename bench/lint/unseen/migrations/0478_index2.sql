ALTER INDEX accounts_pkey SET (fillfactor = 90);
