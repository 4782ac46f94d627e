EXPLAIN SELECT * FROM users WHERE email = 'u1@x.io';
