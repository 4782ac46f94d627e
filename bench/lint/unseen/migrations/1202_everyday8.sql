SELECT setval(pg_get_serial_sequence('ledger', 'id'), coalesce(max(id), 1)) FROM ledger;
