SET lock_timeout TO '10s';
ALTER TABLE accounts ALTER COLUMN plan SET NOT NULL;;
