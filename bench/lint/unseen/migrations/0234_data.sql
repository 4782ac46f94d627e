SELECT setval('invoice_seq', 1000);
