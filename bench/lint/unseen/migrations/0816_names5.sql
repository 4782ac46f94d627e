SELECT pg_catalog.setval('public.invoice_seq', 1, false);
