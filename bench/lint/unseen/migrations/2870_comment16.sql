CREATE RULE orders_log16 AS ON UPDATE TO orders DO ALSO INSERT INTO ledger (account, amount) VALUES ('order ' || NEW.id, 0);
COMMENT ON RULE orders_log16 ON orders IS 'audit of updates';;
