-- the events table is rebuilt from the new pipeline
DELETE FROM events;;
