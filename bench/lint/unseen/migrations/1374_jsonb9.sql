UPDATE users SET prefs = prefs - 'legacy_flag' WHERE prefs ? 'legacy_flag';;
