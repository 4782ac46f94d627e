VACUUM FULL accounts;
