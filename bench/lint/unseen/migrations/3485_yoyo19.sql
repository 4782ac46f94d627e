-- depends: 20240107_01_Ee3Ff-tax-id

ALTER TABLE accounts ADD COLUMN tax_id text;
ALTER TABLE accounts ADD CONSTRAINT accounts_tax_id_len19 CHECK (char_length(tax_id) <= 32);;
