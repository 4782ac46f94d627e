ALTER SEQUENCE invoice_seq AS integer;;
