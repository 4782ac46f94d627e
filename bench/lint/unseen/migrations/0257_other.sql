SET statement_timeout = '5min';
