ALTER TABLE public.customers ADD COLUMN IF NOT EXISTS vat_id text;;
