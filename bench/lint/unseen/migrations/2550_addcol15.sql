ALTER TABLE ledger ADD COLUMN IF NOT EXISTS posted_by text DEFAULT current_user;;
