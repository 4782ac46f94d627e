UPDATE users SET prefs = jsonb_set(coalesce(prefs, '{}'), '{locale}', '"en"', true) WHERE id BETWEEN 1 AND 100;;
