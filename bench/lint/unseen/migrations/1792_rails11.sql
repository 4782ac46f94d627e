-- disable_ddl_transaction!
ALTER TABLE "accounts" ADD "archived" boolean DEFAULT FALSE NOT NULL;;
