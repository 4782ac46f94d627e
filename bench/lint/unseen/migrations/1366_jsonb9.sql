UPDATE users SET prefs = coalesce(prefs, '{}'::jsonb) || '{"beta": false}';;
