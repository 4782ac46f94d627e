CREATE UNIQUE INDEX "uid_ledger_account_a1b2c3" ON "ledger" ("account");;
