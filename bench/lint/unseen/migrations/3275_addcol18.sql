alter table "customers" add column "referral_code" varchar(16);
alter table "customers" add constraint "customers_referral_code_unique" unique ("referral_code");;
