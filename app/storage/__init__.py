"""All of Rencana's SQL: the workbook file, its schema and migrations, and row access."""
