-- VALIDATE scans the table under SHARE UPDATE EXCLUSIVE: reads and writes continue.
-- UP
ALTER TABLE users VALIDATE CONSTRAINT users_display_name_not_null;

-- DOWN
-- A validated constraint needs no undo; the previous migration's down drops it.
SELECT 1;
