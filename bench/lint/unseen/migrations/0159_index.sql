CREATE TABLE orders_tmp (id bigint PRIMARY KEY);
CREATE INDEX orders_tmp_idx ON orders_tmp (id);
