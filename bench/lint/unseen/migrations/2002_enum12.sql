alter type order_status add value 'chargeback';;
