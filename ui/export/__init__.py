"""The Export page's helpers: the background export job and the document choices."""
