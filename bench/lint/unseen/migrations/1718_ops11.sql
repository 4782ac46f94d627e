SET lock_timeout = '2s';
LOCK TABLE accounts IN SHARE ROW EXCLUSIVE MODE NOWAIT;
ALTER TABLE accounts ADD COLUMN referral_code text;;
