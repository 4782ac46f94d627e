alter table "ledger" alter column "amount" type int using ("amount"::int);;
