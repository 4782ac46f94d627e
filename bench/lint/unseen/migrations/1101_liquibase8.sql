--liquibase formatted sql

--changeset dave:5
UPDATE customers SET region = 'eu-west' WHERE region = 'eu';
