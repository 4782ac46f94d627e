create table invoices (id bigint not null, customer_id bigint, total numeric(38,2), primary key (id));
alter table if exists invoices add column paid_at timestamp(6) with time zone;
create index idx_invoices_paid_at on invoices (paid_at);;
