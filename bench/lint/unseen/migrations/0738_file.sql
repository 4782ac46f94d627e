-- UP
NOTIFY migrations, 'users changed';
