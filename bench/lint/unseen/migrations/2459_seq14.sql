ALTER SEQUENCE accounts_id_seq OWNED BY accounts.id;;
