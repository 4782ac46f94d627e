alter   table   posts
  alter column   views
  set not null;
