alter table "shipments" add constraint "shipments_state_check" check("state" in ('new', 'shipped', 'lost'));;
