UPDATE customers SET region = 'eu-west' WHERE region = 'eu';;
