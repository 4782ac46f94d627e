CREATE TABLE tmp_order_fix (id bigint PRIMARY KEY, total numeric(12, 2));
INSERT INTO tmp_order_fix SELECT id, total FROM orders WHERE id <= 50;
UPDATE orders o SET total = t.total FROM tmp_order_fix t WHERE o.id = t.id;
DROP TABLE tmp_order_fix;;
