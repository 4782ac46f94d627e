alter table if exists orders add constraint FKc3x9w8v7u6t5s4r3 foreign key (customer_id) references customers;;
