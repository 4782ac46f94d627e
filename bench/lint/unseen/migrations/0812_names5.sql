CREATE INDEX CONCURRENTLY ON public.orders (created_at);
