--liquibase formatted sql

--changeset carol:4
--preconditions onFail:MARK_RAN
--precondition-sql-check expectedResult:0 SELECT count(*) FROM information_schema.columns WHERE table_name = 'orders' AND column_name = 'priority'
ALTER TABLE orders ADD COLUMN priority smallint DEFAULT 0;
