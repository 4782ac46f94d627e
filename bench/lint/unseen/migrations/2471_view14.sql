CREATE VIEW v_users_public WITH (security_invoker = true) AS SELECT id, name FROM users;;
