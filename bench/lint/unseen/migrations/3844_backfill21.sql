UPDATE users SET prefs = '{}' WHERE prefs IS NULL AND id <= 1000;;
