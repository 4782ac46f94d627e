ALTER SEQUENCE invoice_seq OWNED BY ledger.id;
