-- add customer phone
-- depends: 20240102_01_xkQ2a-create-customers

ALTER TABLE customers ADD COLUMN phone text;;
