alter table if exists shipments add column tracking_id uuid;;
