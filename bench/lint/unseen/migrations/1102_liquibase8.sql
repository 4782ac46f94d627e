--liquibase formatted sql

--changeset dave:6
ALTER TABLE customers ALTER COLUMN region SET NOT NULL;
