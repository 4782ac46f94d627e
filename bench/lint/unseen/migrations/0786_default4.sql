ALTER TABLE users ADD COLUMN tenant text DEFAULT current_setting('app.tenant', true);
