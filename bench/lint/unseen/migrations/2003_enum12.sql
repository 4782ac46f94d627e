alter type order_status add value 'chargeback' after 'paid';;
