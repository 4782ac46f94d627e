ALTER INDEX accounts_pkey RENAME TO accounts_id_pkey;
