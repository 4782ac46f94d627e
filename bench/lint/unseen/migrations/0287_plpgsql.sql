CREATE PROCEDURE add_qty_index() LANGUAGE plpgsql AS $$ BEGIN CREATE INDEX orders_qty_idx ON orders (qty); END $$;
CALL add_qty_index();
