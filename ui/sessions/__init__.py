"""The parts of the Sessions page: one file per tab, plus the table panel they share."""
