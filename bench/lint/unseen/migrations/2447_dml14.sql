DELETE FROM sales WHERE region = 'eu' AND amount = 13;;
