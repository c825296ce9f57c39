/* tov-xml-reader.c: to be written */
