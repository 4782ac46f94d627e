create table invoices (id bigint not null, customer_id bigint, total numeric(38,2), primary key (id));
alter table if exists invoices add constraint FKq9w8e7r6t5y4u3i2 foreign key (customer_id) references customers;;
