alter table "ledger" alter column "amount" type numeric(14, 2) using ("amount"::numeric(14, 2));
