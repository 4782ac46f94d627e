NOTIFY migrations, 'users changed';
