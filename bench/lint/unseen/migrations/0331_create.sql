CREATE TABLE IF NOT EXISTS accounts_history (LIKE accounts INCLUDING ALL, changed_at timestamptz NOT NULL DEFAULT now());
