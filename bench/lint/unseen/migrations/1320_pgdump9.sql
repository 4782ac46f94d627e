CREATE VIEW public.user_emails AS
 SELECT users.id,
    users.email
   FROM public.users;


ALTER TABLE public.user_emails OWNER TO postgres;;
