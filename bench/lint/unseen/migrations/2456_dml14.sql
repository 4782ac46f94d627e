UPDATE users SET name = 'first user' WHERE lower(email) = 'u1@x.io';;
