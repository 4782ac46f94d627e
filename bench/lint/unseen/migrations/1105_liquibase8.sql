--liquibase formatted sql

--changeset frank:9
ALTER TABLE shipments ADD CONSTRAINT fk_shipments_order FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE NOT VALID;
