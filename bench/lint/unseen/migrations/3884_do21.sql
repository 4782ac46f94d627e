DO $$
BEGIN
  EXECUTE 'DROP TABLE IF EXISTS tmp_' || to_char(now(), 'YYYY');
END
$$;;
