UPDATE users SET prefs = jsonb_set(coalesce(prefs, '{}'), '{theme}', '"dark"') WHERE id <= 50;;
