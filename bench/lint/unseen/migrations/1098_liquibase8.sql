--liquibase formatted sql

--changeset bob:2
ALTER TABLE customers ADD COLUMN phone varchar(20);
--rollback ALTER TABLE customers DROP COLUMN phone
