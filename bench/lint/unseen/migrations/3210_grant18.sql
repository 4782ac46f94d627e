COMMENT ON SEQUENCE invoice_seq IS 'invoice numbers, gapless not required';;
