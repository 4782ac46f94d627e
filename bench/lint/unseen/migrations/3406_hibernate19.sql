alter table if exists accounts add column owner_user_id bigint;
alter table if exists accounts add constraint FKr2t3y4u5i6o7p8a9 foreign key (owner_user_id) references users;;
