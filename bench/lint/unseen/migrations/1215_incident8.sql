CLUSTER users USING index_users_on_email;
