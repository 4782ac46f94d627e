-- lockstep:irreversible
-- UP
CREATE TABLE webhooks (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  account_id  bigint NOT NULL,
  url         text NOT NULL,
  secret      text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE webhooks ADD COLUMN signing_key uuid NOT NULL DEFAULT gen_random_uuid();
ALTER TABLE webhooks ADD CONSTRAINT webhooks_account_id_fkey FOREIGN KEY (account_id) REFERENCES accounts (id);
CREATE INDEX webhooks_account_id_idx ON webhooks (account_id);
ALTER TABLE webhooks ADD CONSTRAINT webhooks_url_https CHECK (url LIKE 'https://%');
CREATE UNIQUE INDEX webhooks_account_url_key ON webhooks (account_id, url);
