ALTER TABLE ONLY public.shipments
    ADD CONSTRAINT shipments_state_check18 CHECK ((state <> ''::text)) NOT VALID;;
