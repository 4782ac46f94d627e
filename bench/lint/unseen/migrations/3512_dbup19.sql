-- Script0018 - CustomerCountry.sql
ALTER TABLE customers ADD COLUMN country char(2) NOT NULL DEFAULT 'DE';;
