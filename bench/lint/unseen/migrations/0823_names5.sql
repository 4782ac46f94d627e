/* backfill */ UPDATE public.users SET admin = false WHERE admin IS NULL;
