UPDATE users SET updated_at = now() WHERE updated_at < created_at;;
