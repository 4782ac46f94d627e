INSERT INTO logs (at, msg) VALUES ('2024-02-01', 'migration marker');;
