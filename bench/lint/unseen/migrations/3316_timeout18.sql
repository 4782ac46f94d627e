SET SESSION statement_timeout = '10min';
SET SESSION lock_timeout = '4s';;
