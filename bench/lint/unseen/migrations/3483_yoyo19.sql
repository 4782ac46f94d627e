-- depends: 20240104_01_Zx9Qa-region-index

UPDATE customers SET region = 'us' WHERE region IS NULL;;
