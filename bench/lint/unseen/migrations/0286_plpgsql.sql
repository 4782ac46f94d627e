CREATE FUNCTION backfill_currency() RETURNS void LANGUAGE plpgsql AS $$ BEGIN UPDATE orders SET currency = 'EUR'; END $$;
SELECT backfill_currency();
