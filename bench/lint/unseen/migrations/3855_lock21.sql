SET statement_timeout = 0;
UPDATE events SET kind = lower(kind);;
