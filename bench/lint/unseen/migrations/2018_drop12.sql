ALTER TABLE customers ADD COLUMN notes_draft text;
-- changed our mind in review: notes stays as it is
ALTER TABLE customers DROP COLUMN notes_draft;;
