ALTER TABLE ledger ADD COLUMN memo text /* free text typed in the back office */;;
