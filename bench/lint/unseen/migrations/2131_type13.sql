alter table events alter column kind type varchar;;
