DROP INDEX IF EXISTS public.orders_customer_id_idx;;
