ALTER TABLE "orders" ADD "channel" VARCHAR(32) NOT NULL  DEFAULT 'web';;
