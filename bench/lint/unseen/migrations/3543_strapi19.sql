alter table "orders" add column "user_updated" uuid null, add column "date_updated" timestamp with time zone null;
