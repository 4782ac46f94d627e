drop trigger if exists _100_timestamps on public.accounts;
create trigger _100_timestamps before insert or update on public.accounts
  for each row execute procedure public.touch();;
