create table order_items (id bigint not null, order_id bigint not null, sku varchar(255) not null, quantity integer not null, primary key (id));
alter table if exists order_items add constraint FKbioxgbv59vetrxe0ejfubep1w foreign key (order_id) references orders;;
