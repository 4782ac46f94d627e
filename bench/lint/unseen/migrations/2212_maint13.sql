ANALYZE users (email, created_at);;
