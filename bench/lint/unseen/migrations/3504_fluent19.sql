ALTER TABLE "public"."accounts" ALTER "plan" TYPE varchar(20), ALTER "plan" SET NOT NULL;;
