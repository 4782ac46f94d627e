DO $$
BEGIN
  UPDATE users SET prefs = '{}' WHERE prefs IS NULL;
END
$$;;
