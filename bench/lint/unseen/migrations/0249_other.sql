-- UP
DROP FUNCTION touch();
