ALTER TABLE ledger ADD COLUMN created_by name DEFAULT current_user;;
