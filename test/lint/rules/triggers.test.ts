import { describeRule } from '../helpers.js';

const SYNC_FN = "CREATE FUNCTION orders_cents_sync() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  NEW.total_cents := (NEW.total * 100)::bigint;\n  RETURN NEW;\nEND\n$$;";

describeRule('invalid-trigger-function', {
  bad: [
    "CREATE OR REPLACE FUNCTION touch_fn() RETURNS trigger LANGUAGE sql AS $$ SELECT NULL $$;",
    "CREATE FUNCTION touch_fn() RETURNS void LANGUAGE sql AS $$ SELECT 1 $$;\nCREATE TRIGGER touch BEFORE UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION touch_fn();",
    "CREATE FUNCTION util.touch_fn() RETURNS integer LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END $$;\nCREATE TRIGGER touch BEFORE UPDATE ON orders FOR EACH ROW EXECUTE PROCEDURE util.touch_fn();",
  ],
  good: [
    "CREATE FUNCTION touch_fn() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;\nCREATE TRIGGER touch BEFORE UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION touch_fn();",
    // A function the migration does not create: the database decides.
    'CREATE TRIGGER touch BEFORE UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION touch_fn();',
    // Another overload of the name (with a parameter) is not what CREATE TRIGGER calls.
    "CREATE FUNCTION touch_fn(n int) RETURNS int LANGUAGE sql AS $$ SELECT n $$;\nCREATE TRIGGER touch BEFORE UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION touch_fn();",
    "CREATE FUNCTION total_of(o orders) RETURNS numeric LANGUAGE sql AS $$ SELECT o.total $$;",
  ],
});

describeRule('after-trigger-sets-new', {
  bad: [
    `${SYNC_FN}\nCREATE TRIGGER orders_cents_sync AFTER INSERT OR UPDATE ON orders FOR EACH ROW EXECUTE PROCEDURE orders_cents_sync();`,
    "CREATE FUNCTION stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF TG_OP = 'UPDATE' THEN NEW = OLD; END IF; RETURN NEW; END $$;\nCREATE TRIGGER stamp AFTER UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION stamp();",
  ],
  good: [
    `${SYNC_FN}\nCREATE TRIGGER orders_cents_sync BEFORE INSERT OR UPDATE ON orders FOR EACH ROW EXECUTE PROCEDURE orders_cents_sync();`,
    // An AFTER trigger that writes elsewhere and only reads NEW.
    "CREATE FUNCTION audit_fn() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO audit (id, row_data) VALUES (NEW.id, to_jsonb(NEW)); RETURN NULL; END $$;\nCREATE TRIGGER audit AFTER INSERT OR UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION audit_fn();",
    // A statement-level AFTER trigger has no NEW to set; a function the migration does not create is not read.
    `${SYNC_FN}\nCREATE TRIGGER orders_cents_sync AFTER INSERT ON orders FOR EACH STATEMENT EXECUTE PROCEDURE orders_cents_sync();`,
    'CREATE TRIGGER orders_cents_sync AFTER INSERT ON orders FOR EACH ROW EXECUTE PROCEDURE orders_cents_sync();',
  ],
});

describeRule('recreating-trigger', {
  bad: [
    { sql: 'DROP TRIGGER posts_touch ON posts;\nCREATE TRIGGER posts_touch BEFORE UPDATE ON posts FOR EACH ROW EXECUTE FUNCTION posts_touch_fn();', options: { execution: 'autocommit' } },
    { sql: 'DROP TRIGGER IF EXISTS sync ON public.orders;\nCREATE TRIGGER sync AFTER INSERT ON orders FOR EACH ROW EXECUTE FUNCTION sync_fn();', options: { execution: 'autocommit' } },
  ],
  good: [
    { sql: 'BEGIN;\nDROP TRIGGER posts_touch ON posts;\nCREATE TRIGGER posts_touch BEFORE UPDATE ON posts FOR EACH ROW EXECUTE FUNCTION posts_touch_fn();\nCOMMIT;', options: { execution: 'autocommit' } },
    // As `lockstep up` runs it: one transaction.
    'DROP TRIGGER posts_touch ON posts;\nCREATE TRIGGER posts_touch BEFORE UPDATE ON posts FOR EACH ROW EXECUTE FUNCTION posts_touch_fn();',
    // Dropped for good, or created again on another table.
    { sql: 'DROP TRIGGER posts_touch ON posts;', options: { execution: 'autocommit' } },
    { sql: 'DROP TRIGGER posts_touch ON posts;\nCREATE TRIGGER posts_touch BEFORE UPDATE ON articles FOR EACH ROW EXECUTE FUNCTION posts_touch_fn();', options: { execution: 'autocommit' } },
    { sql: 'CREATE TABLE posts (id int);\nDROP TRIGGER IF EXISTS t ON posts;\nCREATE TRIGGER t BEFORE UPDATE ON posts FOR EACH ROW EXECUTE FUNCTION f();', options: { execution: 'autocommit' } },
  ],
});

describeRule('discard-all', {
  bad: [
    'DISCARD ALL;',
    { sql: 'CREATE TABLE t (id int);\nDISCARD ALL;', options: { execution: 'autocommit' } },
    'SELECT pg_advisory_unlock_all();',
    'SELECT pg_catalog.pg_advisory_unlock_all();',
  ],
  good: ['DISCARD TEMP;', 'DISCARD PLANS;', 'RESET search_path;', 'SELECT pg_advisory_unlock(42);', "SELECT 'pg_advisory_unlock_all()' AS note;"],
});
