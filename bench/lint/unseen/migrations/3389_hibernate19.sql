alter table if exists users add constraint UK6dotkott2kjsp8vw4d0m25fb7 unique (name);;
