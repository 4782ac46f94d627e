ALTER TABLE public.ledger ADD COLUMN IF NOT EXISTS reversed boolean DEFAULT false NOT NULL;;
