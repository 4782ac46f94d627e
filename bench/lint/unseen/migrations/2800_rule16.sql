CREATE OR REPLACE RULE orders_log16 AS ON UPDATE TO orders
  DO ALSO INSERT INTO ledger (account, amount) VALUES ('order ' || NEW.id, 0);;
