CREATE PROCEDURE backfill_login_counts() LANGUAGE plpgsql AS $$ DECLARE n int; BEGIN LOOP UPDATE users SET login_count = 0 WHERE id IN (SELECT id FROM users WHERE login_count IS NULL LIMIT 1000); GET DIAGNOSTICS n = ROW_COUNT; EXIT WHEN n = 0; COMMIT; END LOOP; END $$;
CALL backfill_login_counts();
