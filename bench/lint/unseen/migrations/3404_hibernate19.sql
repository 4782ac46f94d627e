alter table if exists invoices add constraint FKq9w8e7r6t5y4u3i2 foreign key (customer_id) references customers;;
