SET lock_timeout = '3s';
