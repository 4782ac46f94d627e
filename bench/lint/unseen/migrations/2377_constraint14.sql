alter table shipments add constraint shipments_order_id_fkey foreign key (order_id) references orders;;
