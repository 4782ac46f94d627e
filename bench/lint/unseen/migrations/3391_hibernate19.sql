create table user_roles (user_id bigint not null, role varchar(255) not null check (role in ('ADMIN','USER')), primary key (user_id, role));
alter table if exists user_roles add constraint FKhfh9dx7w3ubf1co1vdev94g3f foreign key (user_id) references users;;
