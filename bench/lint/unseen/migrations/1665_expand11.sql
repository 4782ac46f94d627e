ALTER TABLE users ADD COLUMN _pgroll_new_email varchar(320);
WITH batch AS (
  SELECT id FROM users WHERE id > 0 ORDER BY id LIMIT 1000 FOR NO KEY UPDATE
)
UPDATE users SET _pgroll_new_email = email FROM batch WHERE users.id = batch.id;;
