DO $$
BEGIN
  UPDATE users SET admin = false WHERE admin IS NULL;
END
$$;;
