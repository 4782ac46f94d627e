CREATE FUNCTION posts_count_trg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN UPDATE users SET login_count = login_count + 1 WHERE id = NEW.user_id; RETURN NEW; END $$;
