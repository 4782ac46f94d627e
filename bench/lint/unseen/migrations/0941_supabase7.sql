create or replace function public.handle_new_user()
returns trigger
language plpgsql
security definer set search_path = ''
as $$
begin
  insert into public.accounts (name, owner_id) values (new.email, new.id);
  return new;
end;
$$;
create trigger on_user_created
  after insert on public.users
  for each row execute procedure public.handle_new_user();
