-- UP
DROP PROCEDURE IF EXISTS no_such_proc();
