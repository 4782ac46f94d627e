-- V42__add_invoice_prefix.sql (placeholders: schema=public, owner=postgres)
ALTER TABLE public.accounts ADD COLUMN invoice_prefix varchar(8);
ALTER TABLE public.accounts OWNER TO postgres;;
