create table if not exists invoice_lines (id bigint not null, invoice_id bigint not null, amount numeric(38,2), primary key (id));;
