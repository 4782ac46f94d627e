ALTER TABLE ONLY public.orders ADD CONSTRAINT orders_customer_fk9 FOREIGN KEY (customer_id) REFERENCES public.customers(id) NOT VALID;
