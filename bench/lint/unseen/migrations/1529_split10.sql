CREATE TABLE billing_addresses (LIKE shipments INCLUDING ALL);;
