WITH moved AS (DELETE FROM logs_default WHERE at >= '2026-01-01' RETURNING *)
INSERT INTO logs SELECT * FROM moved;;
