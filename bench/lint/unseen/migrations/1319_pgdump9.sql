ALTER TABLE ONLY public.accounts
    ADD CONSTRAINT fk_rails_accounts_owner FOREIGN KEY (owner_id) REFERENCES public.customers(id);;
