--liquibase formatted sql

--changeset kim:17 dbms:postgresql
CREATE SEQUENCE IF NOT EXISTS seq_invoice_number START WITH 1000 INCREMENT BY 1;
