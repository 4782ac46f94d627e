ALTER TYPE order_status ADD VALUE 'draft17' BEFORE 'pending';
CREATE TABLE drafts17 (id bigint PRIMARY KEY, status order_status NOT NULL DEFAULT 'draft17');;
