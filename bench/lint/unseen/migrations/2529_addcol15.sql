alter table shipments add column tracking_no text default 'T' || floor(random() * 1e9)::text;;
