/* tov-xml-writer.c: to be written */
