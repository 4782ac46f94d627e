ALTER TABLE accounts ADD CONSTRAINT accounts_owner_id_nn CHECK (owner_id IS NOT NULL) NOT VALID;
-- the check was added NOT VALID by the previous migration (never validated)
ALTER TABLE accounts ALTER COLUMN owner_id SET NOT NULL;;
