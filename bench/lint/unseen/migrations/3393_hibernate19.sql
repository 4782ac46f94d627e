create table revinfo (rev integer not null, revtstmp bigint, primary key (rev));
create sequence revinfo_seq start with 1 increment by 50;
create table customers_aud (id bigint not null, rev integer not null, revtype smallint, email varchar(255), name varchar(100), primary key (rev, id));
alter table if exists customers_aud add constraint FKd8f0hk3x7q2w1e4r foreign key (rev) references revinfo;;
