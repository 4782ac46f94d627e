CREATE TEXT SEARCH DICTIONARY english_stem16 (TEMPLATE = snowball, LANGUAGE = english);;
