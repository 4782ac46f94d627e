ALTER TABLE customers ADD COLUMN last_login_at timestamptz DEFAULT now();;
