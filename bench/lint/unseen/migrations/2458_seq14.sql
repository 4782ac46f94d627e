DROP SEQUENCE IF EXISTS old_invoice_seq;;
