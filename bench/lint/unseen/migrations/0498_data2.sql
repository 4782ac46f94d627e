-- UP
VACUUM accounts;
