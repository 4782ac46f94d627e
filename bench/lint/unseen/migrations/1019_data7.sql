UPDATE users SET prefs = coalesce(prefs, '{}'::jsonb) || '{"theme": "light"}'::jsonb WHERE id BETWEEN 1 AND 500;
