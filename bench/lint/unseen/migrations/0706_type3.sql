DROP DOMAIN IF EXISTS no_such_domain;
