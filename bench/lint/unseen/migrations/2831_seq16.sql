ALTER SEQUENCE invoice_seq AS smallint MAXVALUE 30000;;
