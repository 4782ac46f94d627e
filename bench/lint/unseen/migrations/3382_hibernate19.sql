create sequence invoices_seq start with 1 increment by 50;
create table invoices (id bigint not null, customer_id bigint, issued_at timestamp(6) with time zone, total numeric(38,2), primary key (id));
alter table if exists invoices add constraint FK8q3m2n4p5r6s7t1u foreign key (customer_id) references customers;;
