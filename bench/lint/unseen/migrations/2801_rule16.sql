CREATE RULE orders_log16 AS ON UPDATE TO orders DO ALSO INSERT INTO ledger (account, amount) VALUES ('order ' || NEW.id, 0);
ALTER RULE orders_log16 ON orders RENAME TO orders_update_log16;;
