CREATE VIEW legacy_users AS
SELECT id, email, name AS username, admin AS is_admin FROM users;
COMMENT ON VIEW legacy_users IS 'kept for the v1 API until it is switched off';;
