SELECT setval('users_id_seq', (SELECT max(id) FROM users));
