SELECT * INTO users_snapshot FROM users WHERE admin;
