UPDATE users SET prefs = coalesce(prefs, '{}'::jsonb) || '{"theme": "light"}';;
