ALTER TABLE accounts ADD CONSTRAINT accounts_owner_id_nn CHECK (owner_id IS NOT NULL) NOT VALID;
ALTER TABLE accounts VALIDATE CONSTRAINT accounts_owner_id_nn;
ALTER TABLE accounts ALTER COLUMN owner_id SET NOT NULL;
ALTER TABLE accounts DROP CONSTRAINT accounts_owner_id_nn;;
