-- UP
CREATE SEQUENCE order_number_seq START 1000;
